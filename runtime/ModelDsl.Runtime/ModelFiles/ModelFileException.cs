using System;

namespace ModelDsl.Runtime.ModelFiles;

/// <summary>A model file could not be loaded. Subclasses say why; none ever yields a half-read model.</summary>
public abstract class ModelFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected ModelFileException(string message, Exception? inner = null) : base(message, inner) { }
}

/// <summary>The bytes are not a ModelDsl model file at all.</summary>
public sealed class ModelFileFormatException : ModelFileException
{
    /// <summary>Creates the exception.</summary>
    public ModelFileFormatException(string message) : base(message) { }
}

/// <summary>The file is truncated or its contents were altered (checksum or structure check failed).</summary>
public sealed class ModelFileCorruptedException : ModelFileException
{
    /// <summary>Creates the exception.</summary>
    public ModelFileCorruptedException(string message, Exception? inner = null) : base(message, inner) { }
}

/// <summary>The file was written by a format version this runtime cannot read.</summary>
public sealed class ModelFileVersionException : ModelFileException
{
    /// <summary>Creates the exception.</summary>
    public ModelFileVersionException(int found, int supported)
        : base($"The model file has format version {found}; this ModelDsl runtime reads version {supported}. Retrain the model or use a matching runtime.")
    {
        FoundVersion = found;
        SupportedVersion = supported;
    }

    /// <summary>The version in the file.</summary>
    public int FoundVersion { get; }

    /// <summary>The version this runtime reads.</summary>
    public int SupportedVersion { get; }
}

/// <summary>The file holds another model: another model name, or the same name trained from a different declaration.</summary>
public sealed class ModelFileMismatchException : ModelFileException
{
    /// <summary>Creates the exception.</summary>
    public ModelFileMismatchException(string message) : base(message) { }
}
