using System.Linq.Expressions;

namespace Samenwerking.Web.Domain;

public sealed class Municipality
{
    public const int CodeLength = 6;
    public const int NameMaxLength = 100;

    public int Id { get; set; }

    /// <summary>CBS code, e.g. GM0344; unique, also for municipalities that no longer exist.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string ProvinceCode { get; set; }

    public Province? Province { get; set; }

    public DateOnly? ValidFrom { get; set; }

    /// <summary>The first day the municipality no longer exists (after a merger).</summary>
    public DateOnly? ValidTo { get; set; }

    public int? SuccessorId { get; set; }

    public Municipality? Successor { get; set; }

    /// <summary>
    /// Municipalities that exist on the date. Written out as well in the task page's compiled query
    /// (TaskQueries.DetailMunicipalitiesQuery): change both.
    /// </summary>
    public static Expression<Func<Municipality, bool>> ExistsOn(DateOnly date) =>
        m => (m.ValidFrom == null || m.ValidFrom <= date) && (m.ValidTo == null || m.ValidTo > date);

    /// <summary>Normalises user input such as "344", "gm344" or "GM0344" to "GM0344"; null when it is no code.</summary>
    public static string? NormaliseCode(string? input)
    {
        var text = input?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.StartsWith("GM", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        return text.Length is > 0 and <= 4 && text.All(char.IsAsciiDigit) ? "GM" + text.PadLeft(4, '0') : null;
    }
}
