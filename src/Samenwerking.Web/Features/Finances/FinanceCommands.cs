using Samenwerking.Web.Features.Users;

namespace Samenwerking.Web.Features.Finances;

/// <summary>
/// <c>./run.sh import financien …</c> and <c>./run.sh export financien …</c>: a province or a GR makes the workbooks of
/// many municipalities at once and loads them back in one run. Each file is read all or nothing, as on the page.
/// </summary>
internal static class FinanceCommands
{
    public const string Usage = """
          import financien <bestand-of-map>... [--door <naam>]
                      ingevulde werkbladen met financiën inlezen (van een gemeente of een samenwerkingsverband); elk
                      bestand alles of niets; de wijzigingshistorie noemt <naam> (standaard 'import financiën')
          export financien <GM-code|nummer>... [--provincie <PVnn>] [--van JJJJ] [--tot JJJJ] [--map <map>]
                      werkbladen met financiën maken om in te vullen: van gemeenten (CBS-code), van samenwerkingsverbanden
                      (nummer) of van alle gemeenten van een provincie; standaard de laatste vier jaren tot en met volgend jaar
        """;

    public const string DefaultUserName = "import financiën";

    /// <summary>Reads every workbook named, or every .xlsx in a folder named; 0 when all were read, 65 when one was refused.</summary>
    public static async Task<int> ImportAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var (paths, options) = Split(args, "--door");
        if (paths.Count == 0 || options is null)
        {
            await error.WriteLineAsync($"Gebruik:\n{Usage}");
            return 64;
        }

        var userName = options.GetValueOrDefault("--door") ?? DefaultUserName;
        var files = paths.SelectMany<string, string>(p => Directory.Exists(p)
            ? Directory.EnumerateFiles(p, "*.xlsx").Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            : [p]).ToList();
        var upload = services.GetRequiredService<FinanceUpload>();
        var refused = 0;
        foreach (var file in files)
        {
            FinanceUploadReport report;
            try
            {
                await using var stream = File.OpenRead(file);
                report = await upload.UploadAsync(stream, null, Operator.Principal, userName, cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"{file}: niet ingelezen, het bestand kan niet worden geopend ({exception.Message}).");
                return 66;
            }

            refused += report.Succeeded ? 0 : 1;
            var writer = report.Succeeded ? output : error;
            await writer.WriteLineAsync($"{file}{(report.Subject is { } subject ? $" ({subject.Description})" : "")}:");
            foreach (var line in report.Lines())
            {
                await writer.WriteLineAsync($"  {line}");
            }
        }

        if (files.Count > 1)
        {
            await output.WriteLineAsync($"{files.Count} bestanden: {files.Count - refused} ingelezen, {refused} niet.");
        }

        return refused == 0 ? 0 : 65;
    }

    /// <summary>Writes a workbook per municipality or arrangement named into the folder; nothing when one is unknown.</summary>
    public static async Task<int> ExportAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var (codes, options) = Split(args, "--provincie", "--van", "--tot", "--map");
        var sheets = services.GetRequiredService<FinanceSheets>();
        var (years, yearProblem) = YearRange.Parse(options?.GetValueOrDefault("--van"), options?.GetValueOrDefault("--tot"),
            Components.Shared.Peildatum.Today(services.GetRequiredService<TimeProvider>()));
        if (options is null || years is null || (codes.Count == 0 && !options.ContainsKey("--provincie")))
        {
            await error.WriteLineAsync(yearProblem ?? $"Gebruik:\n{Usage}");
            return 64;
        }

        if (options.GetValueOrDefault("--provincie") is { } province)
        {
            var members = await sheets.MunicipalitiesOfProvinceAsync(province, cancellationToken);
            if (members.Count == 0)
            {
                await error.WriteLineAsync($"Geen provincie met de code {province} (bijvoorbeeld PV26 voor Utrecht).");
                return 65;
            }

            codes.AddRange(members);
        }

        var workbooks = new List<FinanceWorkbook>();
        foreach (var code in codes.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var kind = code.All(char.IsAsciiDigit) ? SubjectKind.Samenwerkingsverband : SubjectKind.Gemeente;
            if (await sheets.WorkbookAsync(kind, code, years, cancellationToken) is { } workbook)
            {
                workbooks.Add(workbook);
            }
            else
            {
                await error.WriteLineAsync(kind == SubjectKind.Gemeente
                    ? $"Geen gemeente met de code {code}; er is niets geschreven."
                    : $"Geen samenwerkingsverband met nummer {code}; er is niets geschreven.");
                return 65;
            }
        }

        var folder = options.GetValueOrDefault("--map") ?? ".";
        Directory.CreateDirectory(folder);
        foreach (var workbook in workbooks)
        {
            var path = Path.Combine(folder, workbook.Subject.FileName(years));
            await using (var file = File.Create(path))
            {
                await FinanceWorkbookWriter.WriteAsync(workbook, file, cancellationToken);
            }

            await output.WriteLineAsync($"{path}: {workbook.Subject.Description}, {years}, {workbook.Sheets.Sum(s => s.Rows.Count)} rijen.");
        }

        return 0;
    }

    /// <summary>The plain arguments, and the options given (each with a value); null options when one is unknown or lacks its value.</summary>
    private static (List<string> Arguments, Dictionary<string, string>? Options) Split(string[] args, params string[] known)
    {
        var arguments = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                arguments.Add(args[i]);
            }
            else if (known.Contains(args[i]) && i + 1 < args.Length)
            {
                options[args[i]] = args[++i];
            }
            else
            {
                return (arguments, null);
            }
        }

        return (arguments, options);
    }
}
