namespace Samenwerking.Web.Features.Import;

/// <summary>The file is not a readable import file; the message (Dutch) says what is wrong and where. Nothing was changed.</summary>
public sealed class ImportFormatException(string message, int line, Exception? inner = null) : Exception(message, inner)
{
    public int Line { get; } = line;
}
