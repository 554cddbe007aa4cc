using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Finances;

/// <summary>What each figure is called, where it lives and what it may be: the rules the sheet, the edit form and the database share.</summary>
public static class Figures
{
    /// <summary>Above this an amount in euros is surely a typing error (and beyond what the database's numeric(18,2) holds well).</summary>
    public const decimal MaximumAmount = 1_000_000_000_000m;

    public static bool IsContribution(this Figure figure) => figure is Figure.Budgeted or Figure.Realised;

    /// <summary>The words for the figure in a report and in the history: "bijdrage begroot", "eigen vermogen 31 december".</summary>
    public static string Label(this Figure figure) => figure switch
    {
        Figure.Budgeted => "bijdrage begroot",
        Figure.Realised => "bijdrage gerealiseerd",
        Figure.EquityStart => "eigen vermogen 1 januari",
        Figure.EquityEnd => "eigen vermogen 31 december",
        Figure.DebtStart => "vreemd vermogen 1 januari",
        Figure.DebtEnd => "vreemd vermogen 31 december",
        _ => "resultaat",
    };

    /// <summary>
    /// Null when the amount is allowed, else why not, in Dutch. A contribution is a payment and debt a liability: neither
    /// is negative. Equity may be (the party owes more than it owns: the council must know) and a result may be a loss.
    /// </summary>
    public static string? Check(this Figure figure, decimal amount) => figure switch
    {
        _ when Math.Abs(amount) >= MaximumAmount => $"{Amounts.Format(amount)} is te groot voor een bedrag in euro's; controleer het aantal cijfers.",
        Figure.Budgeted or Figure.Realised when amount < 0 => Contribution.NotNegative,
        Figure.DebtStart or Figure.DebtEnd when amount < 0 => FinancialYear.DebtNotNegative,
        _ => null,
    };

    public static decimal? Of(this Figure figure, Contribution? contribution, FinancialYear? year) => figure switch
    {
        Figure.Budgeted => contribution?.Budgeted,
        Figure.Realised => contribution?.Realised,
        Figure.EquityStart => year?.EquityStart,
        Figure.EquityEnd => year?.EquityEnd,
        Figure.DebtStart => year?.DebtStart,
        Figure.DebtEnd => year?.DebtEnd,
        _ => year?.Result,
    };

    public static void Set(this Figure figure, Contribution contribution, decimal? value)
    {
        if (figure == Figure.Budgeted)
        {
            contribution.Budgeted = value;
        }
        else
        {
            contribution.Realised = value;
        }
    }

    public static void Set(this Figure figure, FinancialYear year, decimal? value)
    {
        switch (figure)
        {
            case Figure.EquityStart:
                year.EquityStart = value;
                break;
            case Figure.EquityEnd:
                year.EquityEnd = value;
                break;
            case Figure.DebtStart:
                year.DebtStart = value;
                break;
            case Figure.DebtEnd:
                year.DebtEnd = value;
                break;
            default:
                year.Result = value;
                break;
        }
    }
}
