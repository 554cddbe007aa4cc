using PdfSharp.Fonts;

namespace Samenwerking.Web.Features.Overview;

/// <summary>
/// The typeface of the PDF downloads: Liberation Sans (metric-compatible with Arial) or DejaVu Sans from the
/// machine's fonts (Debian: fonts-liberation, fonts-dejavu-core). PDFsharp embeds the subset it uses, so the PDF
/// reads the same everywhere.
/// </summary>
public sealed class PdfFonts : IFontResolver
{
    public const string Family = "Samenwerking Sans";

    private static readonly string[][] Candidates =
    [
        ["/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"],
        ["/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"],
        ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"],
    ];

    private static readonly Lock Gate = new();
    private readonly string[] files;

    private PdfFonts(string[] files) => this.files = files;

    /// <summary>Installs the resolver once; false when the machine has none of the fonts.</summary>
    public static bool EnsureInstalled()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is PdfFonts)
            {
                return true;
            }

            var found = Candidates.FirstOrDefault(pair => pair.All(File.Exists));
            if (found is null)
            {
                return false;
            }

            GlobalFontSettings.FontResolver = new PdfFonts(found);
            return true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "bold" : "regular");

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(faceName == "bold" ? files[1] : files[0]);
}
