using PdfSharp;
using PdfSharp.Drawing;
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
            group.Key.Label(), p.Name, p.LegalForm.FullLabel(), p.Seat, p.PublicInterest, BbvParagraph.Interest(p, overview.Year),
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
                    ("Openbaar belang", party.PublicInterest ?? "Niet vastgelegd."),
                    ($"Belang van {overview.Name}", BbvParagraph.Interest(party, overview.Year)),
                    ($"Eigen vermogen begin – eind {overview.Year}", $"{Labels.Euro(party.Finances?.EquityStart)} – {Labels.Euro(party.Finances?.EquityEnd)}"),
                    ($"Vreemd vermogen begin – eind {overview.Year}", $"{Labels.Euro(party.Finances?.DebtStart)} – {Labels.Euro(party.Finances?.DebtEnd)}"),
                    ($"Financieel resultaat {overview.Year}", Labels.Euro(party.Finances?.Result)),
                    ("Risico's", BbvParagraph.Risks(party)),
                ]);
            }
        }

        writer.Finish($"{overview.Name} · paragraaf verbonden partijen {overview.Year}");
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    /// <summary>Writes text top to bottom on A4 pages, wrapping words and starting a new page where one is full.</summary>
    private sealed class PdfWriter(PdfDocument document)
    {
        private const double Margin = 50;
        private const double LabelWidth = 150;
        private static readonly XFont Body = new(PdfFonts.Family, 9.5);
        private static readonly XFont Bold = new(PdfFonts.Family, 9.5, XFontStyleEx.Bold);
        private PdfPage? page;
        private XGraphics? graphics;
        private double y;

        private XGraphics Graphics => graphics ?? NewPage();

        private double Width => page!.Width.Point - 2 * Margin;

        public void Heading(string text, double size)
        {
            var font = new XFont(PdfFonts.Family, size, XFontStyleEx.Bold);
            Room(size * 2.4);
            y += size * 0.6;
            Graphics.DrawString(text, font, XBrushes.Black, Margin, y + size);
            y += size * 1.6;
        }

        public void Paragraph(string text)
        {
            var lines = Wrap(text, Body, Width);
            foreach (var line in lines)
            {
                Room(13);
                Graphics.DrawString(line, Body, XBrushes.Black, Margin, y + 10);
                y += 13;
            }

            y += 6;
        }

        /// <summary>A party's block: its name, then label and value side by side; kept on one page where it fits.</summary>
        public void Party(string name, IReadOnlyList<(string Label, string Value)> fields)
        {
            var title = Wrap(name, Bold, Width - 8);
            var rows = fields.Select(f => (Label: Wrap(f.Label, Body, LabelWidth - 8), Value: Wrap(f.Value, Body, Width - LabelWidth))).ToList();
            var height = title.Count * 12.5 + 6 + rows.Sum(r => Math.Max(r.Label.Count, r.Value.Count) * 12.5 + 2) + 10;
            Room(Math.Min(height, page is null ? height : page.Height.Point - 2 * Margin));
            var top = y;
            foreach (var line in title)
            {
                Graphics.DrawString(line, Bold, XBrushes.Black, Margin + 8, y + 10);
                y += 12.5;
            }

            y += 6;
            foreach (var (label, value) in rows)
            {
                var lines = Math.Max(label.Count, value.Count);
                Room(lines * 12.5);
                for (var i = 0; i < lines; i++)
                {
                    if (i < label.Count)
                    {
                        Graphics.DrawString(label[i], Body, XBrushes.DimGray, Margin + 8, y + 10);
                    }

                    if (i < value.Count)
                    {
                        Graphics.DrawString(value[i], Body, XBrushes.Black, Margin + LabelWidth, y + 10);
                    }

                    y += 12.5;
                }

                y += 2;
            }

            Graphics.DrawLine(new XPen(XColor.FromArgb(21, 66, 115), 2), Margin, Math.Max(top, Margin), Margin, y);
            y += 10;
        }

        /// <summary>Page numbers and the document's name in every page's footer.</summary>
        public void Finish(string footer)
        {
            graphics?.Dispose();
            graphics = null;
            for (var i = 0; i < document.PageCount; i++)
            {
                using var g = XGraphics.FromPdfPage(document.Pages[i]);
                var bottom = document.Pages[i].Height.Point - Margin / 2;
                g.DrawString(footer, Body, XBrushes.DimGray, Margin, bottom);
                var number = $"Pagina {i + 1} van {document.PageCount}";
                g.DrawString(number, Body, XBrushes.DimGray, document.Pages[i].Width.Point - Margin - g.MeasureString(number, Body).Width, bottom);
            }
        }

        private void Room(double height)
        {
            if (page is null || y + height > page.Height.Point - Margin)
            {
                NewPage();
            }
        }

        private XGraphics NewPage()
        {
            graphics?.Dispose();
            page = document.AddPage();
            page.Size = PageSize.A4;
            graphics = XGraphics.FromPdfPage(page);
            y = Margin;
            return graphics;
        }

        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            foreach (var paragraph in text.Split('\n'))
            {
                var line = "";
                foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var candidate = line.Length == 0 ? word : $"{line} {word}";
                    if (line.Length > 0 && Graphics.MeasureString(candidate, font).Width > width)
                    {
                        lines.Add(line);
                        line = word;
                    }
                    else
                    {
                        line = candidate;
                    }
                }

                lines.Add(line);
            }

            return lines;
        }
    }
}
