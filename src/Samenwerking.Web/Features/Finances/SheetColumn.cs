namespace Samenwerking.Web.Features.Finances;

public sealed record SheetColumn(string Header, ColumnRole Role, Figure? Figure = null, double Width = 18)
{
    /// <summary>"A", "B", …: a sheet has far fewer than 26 columns.</summary>
    public static string Letter(int index) => ((char)('A' + index)).ToString();
}
