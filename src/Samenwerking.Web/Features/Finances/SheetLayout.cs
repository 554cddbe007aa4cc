using System.Globalization;

namespace Samenwerking.Web.Features.Finances;

/// <summary>
/// The columns of one sheet of a finance workbook, in order. Downloading writes them and uploading expects them
/// exactly so: a changed header is a changed layout, and the key columns find the row in the register.
/// </summary>
public sealed record SheetLayout(string Name, IReadOnlyList<SheetColumn> Columns)
{
    /// <summary>Per municipality: one row per verbonden partij and year, with the municipality's contribution and the party's balance.</summary>
    public static readonly SheetLayout Parties = new("Verbonden partijen",
    [
        new("Nr.", ColumnRole.Key, Width: 8),
        new("Verbonden partij", ColumnRole.Label, Width: 50),
        new("Jaar", ColumnRole.Key, Width: 8),
        new("Bijdrage begroot", ColumnRole.Figure, Figure.Budgeted),
        new("Bijdrage gerealiseerd", ColumnRole.Figure, Figure.Realised),
        new("Eigen vermogen 1 januari", ColumnRole.Figure, Figure.EquityStart),
        new("Eigen vermogen 31 december", ColumnRole.Figure, Figure.EquityEnd),
        new("Vreemd vermogen 1 januari", ColumnRole.Figure, Figure.DebtStart),
        new("Vreemd vermogen 31 december", ColumnRole.Figure, Figure.DebtEnd),
        new("Resultaat", ColumnRole.Figure, Figure.Result),
    ]);

    /// <summary>Per arrangement: every participant's contribution per year, with its cost share beside it to check the split.</summary>
    public static readonly SheetLayout Contributions = new("Bijdragen",
    [
        new("Code", ColumnRole.Key, Width: 10),
        new("Deelnemer", ColumnRole.Label, Width: 40),
        new("Verdeelsleutel (%)", ColumnRole.Label, Width: 12),
        new("Jaar", ColumnRole.Key, Width: 8),
        new("Begroot", ColumnRole.Figure, Figure.Budgeted),
        new("Gerealiseerd", ColumnRole.Figure, Figure.Realised),
    ]);

    /// <summary>Per arrangement: its balance and result per year.</summary>
    public static readonly SheetLayout Balance = new("Balans",
    [
        new("Jaar", ColumnRole.Key, Width: 8),
        new("Eigen vermogen 1 januari", ColumnRole.Figure, Figure.EquityStart),
        new("Eigen vermogen 31 december", ColumnRole.Figure, Figure.EquityEnd),
        new("Vreemd vermogen 1 januari", ColumnRole.Figure, Figure.DebtStart),
        new("Vreemd vermogen 31 december", ColumnRole.Figure, Figure.DebtEnd),
        new("Resultaat", ColumnRole.Figure, Figure.Result),
    ]);

    public static IReadOnlyList<SheetLayout> For(SubjectKind kind) => kind == SubjectKind.Gemeente ? [Parties] : [Contributions, Balance];

    /// <summary>The row's key as the hidden register sheet holds it: the key columns' values joined, "12/2026".</summary>
    public string KeyOf(IReadOnlyList<object?> values) =>
        string.Join("/", Columns.Select((column, i) => (column, i)).Where(c => c.column.Role == ColumnRole.Key).Select(c => KeyText(values[c.i])));

    /// <summary>"Nr. 12, Jaar 2026", for a message about the row.</summary>
    public string DescribeKey(IReadOnlyList<object?> values) =>
        string.Join(", ", Columns.Select((column, i) => (column, i)).Where(c => c.column.Role == ColumnRole.Key)
            .Select(c => $"{c.column.Header} {KeyText(values[c.i])}"));

    /// <summary>A key cell as text: a whole number without decimals, a code as typed; empty when there is none.</summary>
    public static string KeyText(object? value) => value switch
    {
        null => "",
        double number when number == Math.Floor(number) && Math.Abs(number) < int.MaxValue => ((long)number).ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() ?? "",
    };
}
