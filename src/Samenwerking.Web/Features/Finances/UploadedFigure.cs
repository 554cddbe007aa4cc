namespace Samenwerking.Web.Features.Finances;

/// <summary>A figure cell of an uploaded workbook: what it held when downloaded and what it holds now, where it is and whose it is.</summary>
public sealed record UploadedFigure(FigureKey Key, decimal? Original, decimal? Uploaded, CellPlace Place, string Name)
{
    /// <summary>"Veiligheidsregio Utrecht 2026, bijdrage begroot".</summary>
    public string Description => $"{Name} {Key.Year}, {Key.Figure.Label()}";
}
