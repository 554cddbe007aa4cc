namespace Samenwerking.Web.Features.Finances;

/// <summary>Why (part of) an upload cannot be saved, in Dutch, and where in the workbook when it is about a place.</summary>
public sealed record UploadProblem(CellPlace? Place, string Message)
{
    public override string ToString() => Place is null ? Message : $"{Place}: {Message}";
}
