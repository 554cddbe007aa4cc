using System.Globalization;

namespace Samenwerking.Benchmarks;

/// <summary>The command line: a verb first (none for the page benchmark), then options as <c>-name value</c>.</summary>
internal sealed class Options(string[] args)
{
    public string Verb { get; } = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "pages";

    public string String(string name, string fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }

    public int Int(string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
