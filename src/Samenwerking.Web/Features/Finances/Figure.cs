namespace Samenwerking.Web.Features.Finances;

/// <summary>
/// The seven figures a sheet round-trips: a participant's contribution (budgeted, realised) and the arrangement's
/// balance of the year that the paragraaf verbonden partijen asks for (BBV art. 15: equity and debt at the start and the
/// end of the year, and the result).
/// </summary>
public enum Figure
{
    Budgeted,
    Realised,
    EquityStart,
    EquityEnd,
    DebtStart,
    DebtEnd,
    Result,
}
