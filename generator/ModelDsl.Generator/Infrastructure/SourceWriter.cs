using System;
using System.Text;

namespace ModelDsl.Generator.Infrastructure;

/// <summary>A small indented writer for generated C#; always '\n' line endings so output is deterministic.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length == 0)
        {
            _builder.Append('\n');
            return this;
        }
        _builder.Append(' ', _indent * 4).Append(text).Append('\n');
        return this;
    }

    public SourceWriter OpenBrace()
    {
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter CloseBrace(string suffix = "")
    {
        _indent--;
        if (_indent < 0) throw new InvalidOperationException("Unbalanced braces in generated code.");
        Line("}" + suffix);
        return this;
    }

    public SourceWriter Indent()
    {
        _indent++;
        return this;
    }

    public SourceWriter Unindent()
    {
        _indent--;
        return this;
    }

    public override string ToString() => _builder.ToString();
}
