using Samenwerking.Web.Features.Overview;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>A connected party's own finances in one year, in euros.</summary>
/// <param name="Year">The financial year.</param>
/// <param name="EquityStart">Equity (eigen vermogen) at the start of the year.</param>
/// <param name="EquityEnd">Equity at the end of the year.</param>
/// <param name="DebtStart">Debt (vreemd vermogen) at the start of the year.</param>
/// <param name="DebtEnd">Debt at the end of the year.</param>
/// <param name="Result">The financial result of the year.</param>
public sealed record ApiFinancialYear(int Year, decimal? EquityStart, decimal? EquityEnd, decimal? DebtStart, decimal? DebtEnd, decimal? Result)
{
    public static ApiFinancialYear From(FinancialYearRow row) =>
        new(row.Year, row.EquityStart, row.EquityEnd, row.DebtStart, row.DebtEnd, row.Result);
}
