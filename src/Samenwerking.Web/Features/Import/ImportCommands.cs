using Samenwerking.Web.Features.Import.Roo;

namespace Samenwerking.Web.Features.Import;

/// <summary><c>./run.sh import roo &lt;file-or-url&gt;</c>: imports and prints the report; non-zero on failure.</summary>
internal static class ImportCommands
{
    public const string Usage = """
          import roo <bestand-of-url>
                      de export van het landelijk GR-register (exportOO.xml) inlezen
        """;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args is not ["roo", var source])
        {
            await error.WriteLineAsync($"Gebruik:\n{Usage}");
            return 64;
        }

        try
        {
            await using var stream = await OpenAsync(source, cancellationToken);
            var report = await services.GetRequiredService<RooImporter>().ImportAsync(stream, cancellationToken);
            foreach (var line in report.Lines())
            {
                await output.WriteLineAsync(line);
            }

            return 0;
        }
        catch (RooFormatException exception)
        {
            await error.WriteLineAsync($"Niet ingelezen: {exception.Message}");
            return 65;
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"Niet ingelezen: {source} kan niet worden geopend ({exception.Message}).");
            return 66;
        }
    }

    private static async Task<Stream> OpenAsync(string source, CancellationToken cancellationToken)
    {
        if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            // Streamed to a temporary file first: the real export is tens of megabytes and the import reads it once.
            using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
            using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            response.EnsureSuccessStatusCode();
            var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
            await response.Content.CopyToAsync(file, cancellationToken);
            file.Position = 0;
            return file;
        }

        return File.OpenRead(source);
    }
}
