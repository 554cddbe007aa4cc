namespace Samenwerking.Web.Features.Import.Roo;

/// <summary>An adres of a regeling or of the body it set up (adressen/adres in the export).</summary>
public sealed record RooAddress(
    string? Type,
    string? Street,
    string? HouseNumber,
    string? Addition,
    string? PostBox,
    string? PostalCode,
    string? Place,
    string? Country)
{
    /// <summary>Where the body is established comes first, then where visitors go, then where post goes.</summary>
    private static readonly string[] Preference = ["vestigingsadres", "bezoekadres", "postadres"];

    /// <summary>"Dorpsplein 1, 6931 CZ Westervoort" or "Postbus 6, 6920 AA Duiven".</summary>
    public string Text
    {
        get
        {
            var street = PostBox is not null ? $"Postbus {PostBox}"
                : Street is not null ? string.Join(' ', new[] { Street, HouseNumber, Addition }.OfType<string>())
                : null;
            var place = string.Join(' ', new[] { PostalCode, Place }.OfType<string>());
            return string.Join(", ", new[] { street, place.Length == 0 ? null : place }.OfType<string>());
        }
    }

    /// <summary>The address that says best where the body is: by type, and one with a place before one without.</summary>
    public static RooAddress? Best(IEnumerable<RooAddress> addresses) => addresses
        .Where(a => a.Text.Length > 0)
        .OrderBy(a => a.Place is null)
        .ThenBy(a => Array.IndexOf(Preference, a.Type?.ToLowerInvariant()) is var i && i < 0 ? Preference.Length : i)
        .FirstOrDefault();
}
