namespace Samenwerking.Web.Features.Finances;

/// <summary>Where in a workbook something is: a sheet, and where known a row and a column (by its header) with the cell's reference.</summary>
public sealed record CellPlace(string Sheet, int? Row = null, string? Column = null, string? Reference = null)
{
    /// <summary>"Blad 'Verbonden partijen', rij 5, kolom 'Bijdrage begroot' (D5)".</summary>
    public override string ToString() =>
        $"Blad '{Sheet}'" + (Row is { } row ? $", rij {row}" : "") + (Column is null ? "" : $", kolom '{Column}'") + (Reference is null ? "" : $" ({Reference})");
}
