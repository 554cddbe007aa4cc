namespace Samenwerking.Web.Features.Import.Roo;

/// <summary>The file is not a readable export; the message (Dutch) says what is wrong and where.</summary>
public sealed class RooFormatException(string message, int line, Exception? inner = null) : Exception(message, inner)
{
    public int Line { get; } = line;
}
