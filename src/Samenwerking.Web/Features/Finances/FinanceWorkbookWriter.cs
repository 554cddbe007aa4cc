using System.Data;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using Samenwerking.Web.Components.Shared;

namespace Samenwerking.Web.Features.Finances;

/// <summary>Writes a finance workbook: its data sheets, a sheet of instructions and the hidden register sheet.</summary>
public static class FinanceWorkbookWriter
{
    public const string InstructionsSheet = "Toelichting";

    /// <summary>Negative amounts in red, so a negative equity or a loss stands out.</summary>
    private const string AmountFormat = "#,##0.00;[Red]-#,##0.00";

    public static Task WriteAsync(FinanceWorkbook workbook, Stream stream, CancellationToken cancellationToken)
    {
        var sheets = new Dictionary<string, object>();
        foreach (var sheet in workbook.Sheets)
        {
            sheets[sheet.Layout.Name] = Table(sheet.Layout.Columns.Select(c => c.Header), sheet.Rows.Select(r => r.Values));
        }

        sheets[InstructionsSheet] = Table(["Onderwerp", "Toelichting"], Instructions(workbook).Select(line => new object?[] { line.Topic, line.Text }));
        sheets[RegisterSheet.Name] = Table(RegisterSheet.Headers, RegisterRows(workbook));

        var columns = workbook.Sheets.SelectMany(s => s.Layout.Columns).DistinctBy(c => c.Header)
            .Select(c => new DynamicExcelColumn(c.Header)
            {
                Width = c.Width,
                Format = c.Role == ColumnRole.Figure ? AmountFormat : null,
            })
            .Append(new DynamicExcelColumn("Onderwerp") { Width = 22 })
            .Append(new DynamicExcelColumn("Toelichting") { Width = 110 })
            .ToArray();
        var configuration = new OpenXmlConfiguration
        {
            FreezeRowCount = 1,
            DynamicColumns = columns,
            DynamicSheets = [new DynamicExcelSheet(RegisterSheet.Name) { State = SheetState.Hidden }],
        };
        return stream.SaveAsAsync(sheets, printHeader: true, excelType: ExcelType.XLSX, configuration: configuration, cancellationToken: cancellationToken);
    }

    /// <summary>A table with its header even without rows, so an empty sheet still has the layout to fill in.</summary>
    private static DataTable Table(IEnumerable<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var table = new DataTable();
        foreach (var header in headers)
        {
            table.Columns.Add(header, typeof(object));
        }

        foreach (var row in rows)
        {
            table.Rows.Add(row.Select(value => value ?? DBNull.Value).ToArray());
        }

        return table;
    }

    private static IEnumerable<object?[]> RegisterRows(FinanceWorkbook workbook)
    {
        var subject = workbook.Subject;
        var figures = Enum.GetValues<Figure>();
        object?[] identity = [RegisterSheet.KindName(subject.Kind), subject.Code, subject.Name, .. Enumerable.Repeat<object?>(null, 6 + figures.Length)];
        yield return identity;
        foreach (var sheet in workbook.Sheets)
        {
            var figureColumns = sheet.Layout.Columns.Select((column, i) => (column.Figure, i)).Where(c => c.Figure is not null)
                .ToDictionary(c => c.Figure!.Value, c => c.i);
            foreach (var row in sheet.Rows)
            {
                yield return
                [
                    null, null, null, sheet.Layout.Name, sheet.Layout.KeyOf(row.Values), row.Name, row.ArrangementId, row.MembershipId, row.Year,
                    .. figures.Select(f => figureColumns.TryGetValue(f, out var i) ? RegisterSheet.AmountText(row.Values[i] as decimal?) : null),
                ];
            }
        }
    }

    private static IEnumerable<(string Topic, string Text)> Instructions(FinanceWorkbook workbook)
    {
        var subject = workbook.Subject;
        var municipality = subject.Kind == SubjectKind.Gemeente;
        yield return ("Werkblad", municipality
            ? $"De financiën van de verbonden partijen van {subject.Description}: per partij en jaar de bijdrage van {subject.Name} en de balans van de partij."
            : $"De financiën van {subject.Description}: per jaar de bijdrage van elke deelnemer (blad Bijdragen, met de verdeelsleutel ernaast) en de balans (blad Balans).");
        yield return ("Jaren", workbook.Years.ToString());
        yield return ("Gedownload", workbook.MadeAt.ToOffset(TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam").GetUtcOffset(workbook.MadeAt))
            .ToString("d MMMM yyyy 'om' HH:mm", Labels.Dutch));
        yield return ("Invullen", "Bedragen in euro's, als getal: hele euro's of met centen, zonder €-teken of tekst. Een leeg vak betekent: niet bekend. " +
            "Een vak leegmaken wist het bedrag in het register.");
        yield return ("Bijdragen", "De begrote en de gerealiseerde bijdrage van de deelnemer aan de partij in dat jaar. Een bijdrage is nooit negatief.");
        yield return ("Vermogen en resultaat", "Het eigen en het vreemd vermogen van de partij op 1 januari en op 31 december, en het resultaat van het jaar, " +
            "zoals de paragraaf verbonden partijen ze vraagt (BBV art. 15). Eigen vermogen mag negatief zijn en een verlies is een negatief resultaat; " +
            "vreemd vermogen is nooit negatief.");
        if (!municipality)
        {
            yield return ("Verdeelsleutel", "Het aandeel van de deelnemer in de kosten, ter controle van de verdeling. Het wordt niet ingelezen: " +
                "wijzig het op de pagina van het samenwerkingsverband. Na het uploaden meldt het verslag waar een bijdrage afwijkt van de sleutel.");
        }

        yield return ("Niet wijzigen", "De kopregel, de kolommen " + string.Join(", ", workbook.Sheets.SelectMany(s => s.Layout.Columns)
            .Where(c => c.Role != ColumnRole.Figure).Select(c => c.Header).Distinct()) +
            " en het verborgen blad Register. Voeg geen rijen, kolommen of formules toe: zo'n werkblad wordt niet ingelezen, en dan verandert er niets.");
        yield return ("Uploaden", $"Op de pagina {subject.PagePath} (ingelogd als beheerder of redacteur), of door een beheerder met ./run.sh import financien <bestand>. " +
            "Elk vak wordt gecontroleerd; één fout en er wordt niets opgeslagen. Wat een ander na uw download wijzigde en u niet, blijft staan.");
    }
}
