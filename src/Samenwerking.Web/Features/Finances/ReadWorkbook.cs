namespace Samenwerking.Web.Features.Finances;

/// <summary>What a workbook holds once read: whose it is, every figure cell, the downloaded rows it no longer has, and what is wrong.</summary>
public sealed record ReadWorkbook(FinanceSubject Subject, IReadOnlyList<UploadedFigure> Figures, int MissingRows, IReadOnlyList<UploadProblem> Problems);
