using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Samenwerking.Web.Features.Overview;

/// <summary>Writes text top to bottom on A4 pages, wrapping words and starting a new page where one is full.</summary>
internal sealed class PdfWriter(PdfDocument document)
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
