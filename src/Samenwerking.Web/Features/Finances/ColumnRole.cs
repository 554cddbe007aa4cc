namespace Samenwerking.Web.Features.Finances;

/// <summary>What a column of a sheet is for when the sheet comes back.</summary>
public enum ColumnRole
{
    /// <summary>Identifies the row (a number, a code, the year): must be as downloaded.</summary>
    Key,

    /// <summary>Shown to help the reader (a name, the cost share): not read back.</summary>
    Label,

    /// <summary>An amount the user fills in.</summary>
    Figure,
}
