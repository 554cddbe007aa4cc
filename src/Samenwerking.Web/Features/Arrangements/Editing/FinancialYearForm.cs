namespace Samenwerking.Web.Features.Arrangements.Editing;

public sealed class FinancialYearForm
{
    public int? Id { get; set; }

    public int? Year { get; set; }

    public decimal? EquityStart { get; set; }

    public decimal? EquityEnd { get; set; }

    public decimal? DebtStart { get; set; }

    public decimal? DebtEnd { get; set; }

    public decimal? Result { get; set; }
}
