namespace ModelDsl.Generator;

/// <summary>Names of the tracked incremental pipeline steps (tests assert on them).</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string Parse = nameof(Parse);
    public const string FileDeclarations = nameof(FileDeclarations);
    public const string Index = nameof(Index);
    public const string Bind = nameof(Bind);
    public const string Model = nameof(Model);
    public const string Emit = nameof(Emit);
    public const string ParseDiagnostics = nameof(ParseDiagnostics);
    public const string BindDiagnostics = nameof(BindDiagnostics);
    public const string TorchReference = nameof(TorchReference);
    public const string TorchDiagnostics = nameof(TorchDiagnostics);
}
