using PdfSharp.Pdf;
using Samenwerking.Web.Components.Shared;
using Samenwerking.Web.Features.Exports;

namespace Samenwerking.Web.Features.Overview;

/// <summary>The paragraaf verbonden partijen as a spreadsheet (one row per party) and as an A4 PDF for the agenda.</summary>
public static class BbvExport
{
    public static Table ToTable(MunicipalityOverview overview) => new(
        $"Verbonden partijen {overview.Year}",
        ["Groep", "Verbonden partij", "Rechtsvorm", "Vestigingsplaats", "Openbaar belang", $"Belang van {overview.Name}",
            $"Bijdrage {overview.Year}", "Aandeel in de kosten (%)", "Eigen vermogen begin", "Eigen vermogen eind",
            "Vreemd vermogen begin", "Vreemd vermogen eind", "Resultaat", "Risico's"],
        overview.VerbondenPartijen.SelectMany(group => group.Select(p => new object?[]
        {
            group.Key.Label(), p.Name, p.LegalForm.FullLabel(), p.Seat, BbvParagraph.PublicInterest(p), BbvParagraph.Interest(p, overview.Year),
            p.ContributionIn(overview.Year), p.CostSharePercentage, p.Finances?.EquityStart, p.Finances?.EquityEnd,
            p.Finances?.DebtStart, p.Finances?.DebtEnd, p.Finances?.Result, BbvParagraph.Risks(p),
        })).ToList());

    /// <summary>The paragraph on A4 pages; null when the machine has no font to write it with.</summary>
    public static byte[]? ToPdf(MunicipalityOverview overview)
    {
        if (!PdfFonts.EnsureInstalled())
        {
            return null;
        }

        using var document = new PdfDocument();
        document.Info.Title = $"Paragraaf verbonden partijen {overview.Year} – {overview.Name}";
        document.Info.Subject = $"Peildatum {Labels.Date(overview.Date)}";
        document.Info.Creator = "Samenwerking";
        var writer = new PdfWriter(document);
        writer.Heading($"Paragraaf verbonden partijen {overview.Year}", 16);
        writer.Paragraph($"{overview.Name} ({overview.Code}), provincie {overview.Province}. Peildatum {Labels.Date(overview.Date)}.");
        writer.Paragraph("Volgens artikel 15 van het Besluit begroting en verantwoording: de partijen waarin de gemeente een bestuurlijk én een " +
            $"financieel belang heeft, in vier groepen. Vermogen en resultaat gelden voor {overview.Year}.");
        foreach (var group in Enum.GetValues<Domain.BbvGroup>())
        {
            var parties = overview.VerbondenPartijen.FirstOrDefault(g => g.Key == group)?.ToList() ?? [];
            writer.Heading($"{group.Label()} ({parties.Count})", 13);
            if (parties.Count == 0)
            {
                writer.Paragraph("Geen.");
            }

            foreach (var party in parties)
            {
                writer.Party(party.Name,
                [
                    ("Rechtsvorm en vestigingsplaats", party.LegalForm.FullLabel() + (party.Seat is null ? "" : $", {party.Seat}")),
                    ("Openbaar belang", BbvParagraph.PublicInterest(party)),
                    ($"Belang van {overview.Name}", BbvParagraph.Interest(party, overview.Year)),
                    ($"Eigen vermogen begin – eind {overview.Year}", BbvParagraph.Equity(party.Finances)),
                    ($"Vreemd vermogen begin – eind {overview.Year}", BbvParagraph.Debt(party.Finances)),
                    ($"Financieel resultaat {overview.Year}", BbvParagraph.Result(party.Finances)),
                    ("Risico's", BbvParagraph.Risks(party)),
                ]);
            }
        }

        writer.Finish($"{overview.Name} · paragraaf verbonden partijen {overview.Year}");
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }
}
