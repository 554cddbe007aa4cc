using System.Globalization;
using System.Text.RegularExpressions;
using Samenwerking.Web.Components.Shared;

namespace Samenwerking.Web.Features.Finances;

/// <summary>Amounts in euros as a report writes them and as a spreadsheet cell may hold them.</summary>
public static partial class Amounts
{
    /// <summary>"€ 1.234.567", "€ 1.234,56" with cents where there are any, "leeg" for no amount.</summary>
    public static string Format(decimal? amount) => amount switch
    {
        null => "leeg",
        { } value when value == decimal.Truncate(value) => Labels.Euro(value),
        { } value => "€ " + value.ToString("N2", Labels.Dutch),
    };

    /// <summary>
    /// An amount typed as text the Dutch way ("1.234.567", "1234,50", "€ -250.000"). Only unambiguous forms: "1.234" is
    /// 1234 as a Dutch reader means it, and "1234.50" is refused rather than read as 123450.
    /// </summary>
    public static bool TryParseDutch(string text, out decimal amount)
    {
        var match = DutchAmount().Match(text.Trim());
        if (!match.Success)
        {
            amount = 0;
            return false;
        }

        var digits = match.Groups["whole"].Value.Replace(".", "", StringComparison.Ordinal) + "." +
            (match.Groups["cents"].Success ? match.Groups["cents"].Value : "0");
        amount = decimal.Parse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        if (match.Groups["minus"].Success)
        {
            amount = -amount;
        }

        return true;
    }

    /// <summary>
    /// Rounded to whole cents and written with two decimals, as the database stores euros: the history then says
    /// "100000.00" → "120000.00", not "120000".
    /// </summary>
    public static decimal ToCents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero) + 0.00m;

    [GeneratedRegex(@"^(?:€\s*)?(?<minus>-)?(?:€\s*)?(?<whole>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?<cents>\d+))?$")]
    private static partial Regex DutchAmount();
}
