namespace Samenwerking.Web.Domain;

/// <summary>An arrangement's balance for one year, as BBV art. 15 asks for it, in euros.</summary>
public sealed class FinancialYear
{
    public const int MinYear = 1950;
    public const int MaxYear = 2100;

    /// <summary>
    /// Debt (vreemd vermogen) is what the party owes: never negative. Equity may be negative and a result may be a loss;
    /// the council must see both as they are.
    /// </summary>
    public const string DebtNotNegative = "Vreemd vermogen is niet negatief.";

    public int Id { get; set; }

    public int ArrangementId { get; set; }

    public int Year { get; set; }

    public decimal? EquityStart { get; set; }

    public decimal? EquityEnd { get; set; }

    public decimal? DebtStart { get; set; }

    public decimal? DebtEnd { get; set; }

    /// <summary>The (expected) financial result of the year.</summary>
    public decimal? Result { get; set; }
}
