using Samenwerking.Web.Components.Shared;
using Samenwerking.Web.Features.Import.Boundaries;
using Samenwerking.Web.Features.Import.Cbs;
using Samenwerking.Web.Features.Import.Roo;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.Web.Features.Import;

/// <summary><c>./run.sh import roo &lt;file-or-url&gt;</c>: imports and prints the report; non-zero on failure.</summary>
internal static class ImportCommands
{
    public const string Usage = """
          import roo <bestand-of-url>
                      de export van het landelijk GR-register (exportOO.xml) inlezen
          import gemeenten <bestand> [--per JJJJ-MM-DD]
                      de CBS-lijst van gemeenten (code,name,province_code,province_name) inlezen;
                      gemeenten die ontbreken eindigen per die datum (standaard 1 januari van dit jaar)
          import grenzen <bestand>
                      grenzen van gemeenten, provincies of veiligheidsregio's (TopoJSON of GeoJSON van CBS)
        """;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var today = Peildatum.Today(services.GetRequiredService<TimeProvider>());
        Func<Stream, Task<ImportReport>>? import = args switch
        {
            ["roo", _] => stream => services.GetRequiredService<RooImporter>().ImportAsync(stream, Operator.Principal, cancellationToken),
            ["gemeenten", _] => stream => services.GetRequiredService<MunicipalityImporter>()
                .ImportAsync(stream, new DateOnly(today.Year, 1, 1), cancellationToken),
            ["gemeenten", _, "--per", var per] when Peildatum.Parse(per) is { } date => stream => services.GetRequiredService<MunicipalityImporter>()
                .ImportAsync(stream, date, cancellationToken),
            ["grenzen", _] => stream => services.GetRequiredService<BoundaryImporter>().ImportAsync(stream, cancellationToken),
            _ => null,
        };
        if (import is null)
        {
            await error.WriteLineAsync($"Gebruik:\n{Usage}");
            return 64;
        }

        var source = args[1];
        try
        {
            await using var stream = await OpenAsync(source, cancellationToken);
            var report = await import(stream);
            foreach (var line in report.Lines())
            {
                await output.WriteLineAsync(line);
            }

            return 0;
        }
        catch (ImportFormatException exception)
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
