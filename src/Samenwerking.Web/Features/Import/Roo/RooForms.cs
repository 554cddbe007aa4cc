using System.Text.RegularExpressions;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Import.Roo;

/// <summary>
/// The legal form of a regeling. The export's samenwerkingsvorm gives the Wgr form, but it registers a centrumregeling
/// as a regeling zonder meer and a cross-border body as an openbaar lichaam: their titles and legal bases say what they are.
/// </summary>
internal static partial class RooForms
{
    public static LegalForm WgrForm(string? code) => code switch
    {
        "OL" => LegalForm.OpenbaarLichaam,
        "GO" => LegalForm.GemeenschappelijkOrgaan,
        "BVO" => LegalForm.Bedrijfsvoeringsorganisatie,
        "CC" => LegalForm.Centrumregeling,
        _ => LegalForm.RegelingZonderMeer,
    };

    /// <summary>
    /// An EGTS, a BGTS or another cross-border openbaar lichaam; null otherwise. The export codes these as OL or GO and
    /// often names the Wgr as their basis, so the signs are elsewhere: a treaty or EU regulation as legal basis, the
    /// name of a cross-border form, an address abroad, a cross-border purpose with a foreign participant or without
    /// the Wgr, or a publication on a foreign or European site.
    /// </summary>
    public static LegalForm? CrossBorderForm(RooRegeling r, IReadOnlyList<RooAddress> addresses)
    {
        var names = string.Join(" | ", new[] { r.Title, r.CitationTitle, r.BodyName }.OfType<string>());
        var bases = string.Join(" | ", r.LegalBases.Select(b => b.Title));
        var isCrossBorder = TreatyBasis().IsMatch(bases)
            || CrossBorderName().IsMatch(names)
            || addresses.Any(a => a.Country is { } country && !IsNetherlands(country))
            || (r.Purpose is { } purpose && purpose.Contains("grensoverschrijd", StringComparison.OrdinalIgnoreCase)
                && (r.Participants.Any(p => p.Tooi is null) || !r.LegalBases.Any(b => WgrBasis().IsMatch(b.Title))))
            || r.Publications.Any(IsForeignPublication);
        if (!isCrossBorder)
        {
            return null;
        }

        var text = $"{names} | {bases} | {r.Purpose}";
        return Egts().IsMatch(text) ? LegalForm.Egts
            : Bgts().IsMatch(text) ? LegalForm.Bgts
            : LegalForm.GrensoverschrijdendOpenbaarLichaam;
    }

    private static bool IsNetherlands(string country) => country.Trim().ToLowerInvariant() is "nederland" or "nl" or "the netherlands";

    private static bool IsForeignPublication(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Host.EndsWith(".eu", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".int", StringComparison.OrdinalIgnoreCase)
            || uri.Host.EndsWith(".de", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".be", StringComparison.OrdinalIgnoreCase)
            || url.Contains("benelux", StringComparison.OrdinalIgnoreCase) || url.Contains("anholt", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"verdrag|overeenkomst|benelux|anholt|\bE[GV]TS\b|\bEGTC\b|1082/2006|1302/2013|groepering", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TreatyBasis();

    [GeneratedRegex(@"groepering\s+voor\s+territoriale\s+samenwerking|\b[BE]GTS\b|\bEGTC\b|grensoverschrijd|euregio|grenspark|zweckverband|duits-nederlands|nederlands-duits|belgisch-nederlands|nederlands-belgisch", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CrossBorderName();

    [GeneratedRegex(@"gemeenschappelijke\s+regelingen|\bwgr\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WgrBasis();

    [GeneratedRegex(@"\bEGTS\b|\bEGTC\b|europese\s+groepering|1082/2006", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Egts();

    [GeneratedRegex(@"\bBGTS\b|benelux[- ]?groepering|benelux-verdrag", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bgts();

    /// <summary>"Centrumregeling …", "Centrumgemeenteregeling …", "Centrumgemeente regeling …" in the title or citation title.</summary>
    public static bool IsCentrumregeling(RooRegeling r) =>
        Centrumregeling().IsMatch(r.Title) || (r.CitationTitle is { } citation && Centrumregeling().IsMatch(citation));

    [GeneratedRegex(@"\bcentrum\s*-?\s*(gemeente)?\s*-?\s*(regeling|constructie)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Centrumregeling();
}
