namespace Samenwerking.Web.Domain;

/// <summary>An arrangement's balance for one year, as BBV art. 15 asks for it, in euros.</summary>
public sealed class FinancialYear
{
    public const int MinYear = 1950;
    public const int MaxYear = 2100;

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
