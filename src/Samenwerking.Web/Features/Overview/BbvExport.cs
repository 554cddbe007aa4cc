using PdfSharp.Pdf;
using Samenwerking.Web.Components.Shared;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Exports;

namespace Samenwerking.Web.Features.Overview;

/// <summary>
/// The paragraaf verbonden partijen in the version the page shows, as a spreadsheet (one row per party) and as an A4 PDF
/// for the agenda. A figure that is not registered says so in words, never as an empty cell or a zero that adds up.
/// </summary>
public static class BbvExport
{
    /// <summary>The file name without extension: "Verbonden partijen begroting 2027 GM0312".</summary>
    public static string FileName(MunicipalityOverview overview) =>
        $"Verbonden partijen {overview.Paragraph.Choice.Title.ToLowerInvariant()} {overview.Code}";

    public static Table ToTable(MunicipalityOverview overview)
    {
        var paragraph = overview.Paragraph;
        var year = paragraph.Choice.Year;
        var begroting = paragraph.Choice.IsBegroting;
        var expected = begroting ? "Verwacht e" : "E";
        var headers = new List<string>
        {
            "Groep", "Verbonden partij", "Rechtsvorm", "Vestigingsplaats", "Openbaar belang", $"Belang van {overview.Name}",
            begroting ? $"Begrote bijdrage {year}" : $"Gerealiseerde bijdrage {year}",
            begroting ? $"Begrote bijdrage {year - 1}" : $"Begrote bijdrage {year}",
            "Aandeel in de kosten (%)",
            $"{expected}igen vermogen begin {year}", $"{expected}igen vermogen eind {year}",
            $"{(begroting ? "Verwacht v" : "V")}reemd vermogen begin {year}", $"{(begroting ? "Verwacht v" : "V")}reemd vermogen eind {year}",
            $"{(begroting ? "Verwacht r" : "R")}esultaat {year}",
            "Risicoklasse", "Sturing (nota verbonden partijen)", "Risico's", "Visie",
            begroting ? $"Beleidsvoornemens {year}" : $"Beleidsvoornemens {year} (uit de begroting)",
        };
        if (!begroting)
        {
            headers.Add($"Verantwoording {year}");
        }

        var rows = paragraph.Groups.SelectMany(group => group.Select(p =>
        {
            var row = new List<object?>
            {
                group.Key.Label(), p.Name, p.LegalForm.FullLabel(), Figure(p.Seat), BbvParagraph.PublicInterest(p), BbvParagraph.Interest(p),
                Figure(BbvParagraph.ContributionFigure(p, paragraph.Choice)),
                Figure(begroting ? p.BudgetedIn(year - 1) : p.BudgetedIn(year)),
                Figure(p.CostSharePercentage),
                Figure(p.Finances?.EquityStart), Figure(p.Finances?.EquityEnd), Figure(p.Finances?.DebtStart), Figure(p.Finances?.DebtEnd),
                Figure(p.Finances?.Result),
                p.RiskClass is { } riskClass ? (object)(int)riskClass : "Niet bepaald",
                BbvParagraph.Regime(p, paragraph), BbvParagraph.Risks(p),
                BbvParagraph.Text(p.Policy?.Vision), BbvParagraph.Text(p.Policy?.Intentions),
            };
            if (!begroting)
            {
                row.Add(BbvParagraph.Text(p.Policy?.Accountability));
            }

            return row.ToArray();
        })).ToList();

        // A sheet's name holds at most 31 characters: "Paragraaf jaarstukken 2025" fits.
        return new Table($"Paragraaf {paragraph.Choice.Title.ToLowerInvariant()}", headers, rows);
    }

    /// <summary>The paragraph on A4 pages; null when the machine has no font to write it with.</summary>
    public static byte[]? ToPdf(MunicipalityOverview overview)
    {
        if (!PdfFonts.EnsureInstalled())
        {
            return null;
        }

        var paragraph = overview.Paragraph;
        var title = $"Paragraaf verbonden partijen – {paragraph.Choice.Title.ToLowerInvariant()}";
        using var document = new PdfDocument();
        document.Info.Title = $"{title} – {overview.Name}";
        document.Info.Subject = paragraph.Choice.IsBegroting ? $"Begrote cijfers voor {paragraph.Choice.Year}" : $"Gerealiseerde cijfers over {paragraph.Choice.Year}";
        document.Info.Creator = "Samenwerking";
        var writer = new PdfWriter(document);
        writer.Heading(title, 16);
        writer.Paragraph($"{overview.Name} ({overview.Code}), provincie {overview.Province}.");
        writer.Paragraph(BbvParagraph.Introduction(paragraph, overview.Name));
        writer.Heading("Sturing per risicoklasse", 13);
        writer.Paragraph(BbvParagraph.RegimeIntroduction(overview.Name));
        writer.Party("Nota verbonden partijen",
            Enumerable.Range(Risk.MinClass, Risk.MaxClass - Risk.MinClass + 1).Reverse()
                .Select(c => ($"Risicoklasse {c}", BbvParagraph.RegimeText(paragraph, (short)c))).ToList());
        foreach (var group in Enum.GetValues<BbvGroup>())
        {
            var parties = paragraph.Groups.FirstOrDefault(g => g.Key == group)?.ToList() ?? [];
            writer.Heading($"{group.Label()} ({parties.Count})", 13);
            if (parties.Count == 0)
            {
                writer.Paragraph("Geen.");
            }

            foreach (var party in parties)
            {
                writer.Party(party.Name, BbvParagraph.Fields(party, paragraph, overview.Name));
            }
        }

        writer.Finish($"{overview.Name} · paragraaf verbonden partijen · {paragraph.Choice.Title.ToLowerInvariant()}");
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    /// <summary>A figure as a number, or the words that say none is registered.</summary>
    private static object Figure(decimal? value) => value is { } figure ? figure : BbvParagraph.NotRegistered.TrimEnd('.');

    private static string Figure(string? value) => value ?? BbvParagraph.NotRegistered.TrimEnd('.');
}
