namespace Samenwerking.Web.Features.Import.Roo;

/// <summary>A deelnemende organisatie: identified by its TOOI URI where it has one (foreign bodies have none).</summary>
public sealed record RooParticipant(
    string? SystemId,
    string? Tooi,
    string Name,
    DateOnly? JoinDate,
    decimal? CostSharePercentage,
    IReadOnlyList<string> GoverningBodies)
{
    private const string TooiPrefix = "/tooi/id/";

    /// <summary>The kind in the TOOI URI: gemeente, provincie, waterschap, ministerie, so … ; null without one.</summary>
    public string? TooiKind => TooiPart(0);

    /// <summary>The code in the TOOI URI, upper-cased: GM0556, PV27, WS0155 …</summary>
    public string? TooiCode => CodeOf(Tooi);

    /// <summary>The code in any TOOI URI (a bronhouder's, say), upper-cased; null without one.</summary>
    public static string? CodeOf(string? tooi) => TooiPart(tooi, 1)?.ToUpperInvariant();

    private string? TooiPart(int index) => TooiPart(Tooi, index);

    private static string? TooiPart(string? tooi, int index)
    {
        var start = tooi?.IndexOf(TooiPrefix, StringComparison.Ordinal) ?? -1;
        if (start < 0)
        {
            return null;
        }

        var parts = tooi![(start + TooiPrefix.Length)..].Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 ? parts[index] : null;
    }
}
