using System.Globalization;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Finances;

/// <summary>The years a workbook holds, first and last included.</summary>
public sealed record YearRange(int From, int To)
{
    /// <summary>More years than this make a sheet nobody fills in; the benchmark's ten fit.</summary>
    public const int MaximumYears = 15;

    public IEnumerable<int> Years => Enumerable.Range(From, To - From + 1);

    /// <summary>The last four years (the annual reports), this year and next year (the budget).</summary>
    public static YearRange Default(DateOnly today) => new(today.Year - 4, today.Year + 1);

    /// <summary>The years asked for in the address or on the command line, the default for what is not given, or why not.</summary>
    public static (YearRange? Range, string? Problem) Parse(string? from, string? to, DateOnly today)
    {
        var fallback = Default(today);
        int? first = string.IsNullOrWhiteSpace(from) ? fallback.From : Year(from);
        int? last = string.IsNullOrWhiteSpace(to) ? fallback.To : Year(to);
        if (first is not { } f || last is not { } l)
        {
            return (null, $"Een jaar bestaat uit vier cijfers tussen {FinancialYear.MinYear} en {FinancialYear.MaxYear}.");
        }

        if (l < f)
        {
            return (null, "Het laatste jaar ligt niet voor het eerste.");
        }

        return l - f + 1 > MaximumYears
            ? (null, $"Kies hoogstens {MaximumYears} jaren per werkblad.")
            : (new YearRange(f, l), null);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{From} tot en met {To}");

    private static int? Year(string text) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && year is >= FinancialYear.MinYear and <= FinancialYear.MaxYear ? year : null;
}
