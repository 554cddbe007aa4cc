using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Import.Roo;

/// <summary>
/// What the links in instellingsbesluiten are: the consolidated text of the regeling (CVDR) or its publication in a
/// Gemeenteblad or Staatscourant. The consolidated text is what users want first.
/// </summary>
internal static class RooPublications
{
    public static bool IsConsolidatedText(string url) =>
        Host(url) is "lokaleregelgeving.overheid.nl" or "decentrale.regelgeving.overheid.nl" or "wetten.overheid.nl";

    public static bool IsOfficialPublication(string url) => Host(url) is "zoek.officielebekendmakingen.nl" or "officielebekendmakingen.nl";

    public static LinkKind KindOf(string url) => IsOfficialPublication(url) ? LinkKind.Besluit : LinkKind.Regeling;

    public static string TitleOf(string url) =>
        IsConsolidatedText(url) ? "Tekst van de regeling (geldende versie)"
        : IsOfficialPublication(url) ? "Bekendmaking in het publicatieblad"
        : "Publicatie van de regeling";

    /// <summary>The consolidated text, else the official publication, else any link.</summary>
    public static string? Preferred(IEnumerable<string> urls)
    {
        var list = urls.Where(u => u.Length <= LegalBasisLink.UrlMaxLength).ToList();
        return list.FirstOrDefault(IsConsolidatedText) ?? list.FirstOrDefault(IsOfficialPublication) ?? list.FirstOrDefault();
    }

    private static string? Host(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.ToLowerInvariant() : null;
}
