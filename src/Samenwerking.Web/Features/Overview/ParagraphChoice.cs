using System.Globalization;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Overview;

/// <summary>
/// The version of the paragraph a reader asks for in the address (decision 0006): <c>?paragraaf=begroting&amp;jaar=2027</c>.
/// Without one, the begroting of the year after the peildatum; jaarstukken without a year are those of the year before it.
/// </summary>
public sealed record ParagraphChoice(ParagraphKind Kind, int Year)
{
    public const string KindQueryName = "paragraaf";
    public const string YearQueryName = "jaar";

    /// <summary>The first day of the year and the first day after it: the period the paragraph covers.</summary>
    public DateOnly Start => new(Year, 1, 1);

    public DateOnly End => new(Year + 1, 1, 1);

    public bool IsBegroting => Kind == ParagraphKind.Begroting;

    /// <summary>"begroting" or "jaarstukken", as the address writes it.</summary>
    public string KindText => Kind == ParagraphKind.Begroting ? "begroting" : "jaarstukken";

    /// <summary>"Begroting 2027" or "Jaarstukken 2025".</summary>
    public string Title => (Kind == ParagraphKind.Begroting ? "Begroting " : "Jaarstukken ") + Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The query string of this choice, for links and downloads.</summary>
    public string Query => $"{KindQueryName}={KindText}&{YearQueryName}={Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The default version for a peildatum, kept within the years a financial year may have (a peildatum of 9999 asks for none).</summary>
    public static ParagraphChoice Default(ParagraphKind kind, DateOnly date) =>
        new(kind, Math.Clamp(kind == ParagraphKind.Begroting ? date.Year + 1 : date.Year - 1, FinancialYear.MinYear, FinancialYear.MaxYear));

    /// <summary>What the address asks for; what it cannot read (an unknown version, a year out of range) falls back to the default.</summary>
    public static ParagraphChoice Parse(string? kind, string? year, DateOnly date)
    {
        var parsedKind = kind?.Trim().ToLowerInvariant() switch
        {
            "jaarstukken" => ParagraphKind.Jaarstukken,
            _ => ParagraphKind.Begroting,
        };
        return int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var parsedYear)
            && parsedYear is >= FinancialYear.MinYear and <= FinancialYear.MaxYear
            ? new ParagraphChoice(parsedKind, parsedYear)
            : Default(parsedKind, date);
    }
}
