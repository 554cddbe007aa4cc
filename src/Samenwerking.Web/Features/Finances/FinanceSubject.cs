using System.Globalization;

namespace Samenwerking.Web.Features.Finances;

/// <summary>A municipality (by CBS code) or an arrangement (by its number) whose figures a workbook holds.</summary>
public sealed record FinanceSubject(SubjectKind Kind, string Code, string Name)
{
    /// <summary>"Zeist (GM0355)", "GGD regio Utrecht (nr. 12)".</summary>
    public string Description => Kind == SubjectKind.Gemeente ? $"{Name} ({Code})" : $"{Name} (nr. {Code})";

    /// <summary>The page where editors download and upload the workbook.</summary>
    public string PagePath => Kind == SubjectKind.Gemeente ? $"/gemeenten/{Code}/financien" : $"/samenwerkingsverbanden/{Code}/financien";

    /// <summary>The page the figures show on once uploaded.</summary>
    public string ReadingPath => Kind == SubjectKind.Gemeente ? $"/gemeenten/{Code}/overzicht" : $"/samenwerkingsverbanden/{Code}";

    public string WorkbookPath(YearRange years) =>
        string.Create(CultureInfo.InvariantCulture, $"/financien/{(Kind == SubjectKind.Gemeente ? "gemeenten" : "samenwerkingsverbanden")}/{Code}.xlsx?van={years.From}&tot={years.To}");

    /// <summary>"financien-gm0355-zeist-2022-2027.xlsx": letters and digits only.</summary>
    public string FileName(YearRange years) =>
        string.Concat($"financien {Code} {Name}".ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'))
        + string.Create(CultureInfo.InvariantCulture, $"-{years.From}-{years.To}.xlsx");
}
