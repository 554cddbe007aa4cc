namespace Samenwerking.Web.Features.Finances;

/// <summary>A finance workbook as the register writes it: whose it is, for which years, and its sheets with their rows.</summary>
public sealed record FinanceWorkbook(FinanceSubject Subject, YearRange Years, DateTimeOffset MadeAt, IReadOnlyList<FinanceSheet> Sheets);

public sealed record FinanceSheet(SheetLayout Layout, IReadOnlyList<SheetRow> Rows);

/// <summary>
/// A row as downloaded: the value of every column of the layout, and where its figures live in the register (the
/// arrangement's balance of the year; the membership's contribution, where the row holds one). The name is the party's
/// or the participant's, for the report.
/// </summary>
public sealed record SheetRow(IReadOnlyList<object?> Values, int ArrangementId, int? MembershipId, int Year, string Name);
