namespace Samenwerking.Web.Data.Seed;

/// <summary>Reads the seed tables embedded in the assembly: semicolon-separated, a header row, '#' comments.</summary>
internal static class SeedFile
{
    public static IReadOnlyList<string[]> Read(string name)
    {
        using var stream = typeof(SeedFile).Assembly.GetManifestResourceStream($"{typeof(SeedFile).Namespace}.{name}")
            ?? throw new InvalidOperationException($"Seed file {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith('#'))
            .Skip(1)
            .Select(line => line.Split(';'))
            .ToList();
    }
}
