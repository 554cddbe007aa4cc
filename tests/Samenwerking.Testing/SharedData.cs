namespace Samenwerking.Testing;

/// <summary>The public reference data beside the repository (../shared/data), which tests may read but not copy.</summary>
public static class SharedData
{
    public static string PathOf(string relative)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "data", relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(
            $"Deze test leest de openbare referentiegegevens in ../shared/data/{relative} (naast de repository); die ontbreken.");
    }
}
