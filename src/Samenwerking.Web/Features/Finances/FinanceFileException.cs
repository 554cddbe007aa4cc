namespace Samenwerking.Web.Features.Finances;

/// <summary>The upload is no workbook this register can read; the message (Dutch) says why and what to do. Nothing was changed.</summary>
public sealed class FinanceFileException(string message) : Exception(message);
