namespace Samenwerking.Web.Features.Suggestions;

/// <summary>
/// Which task suggestions to review: of one arrangement, one catalog task, one municipality (CBS code), with a word in
/// the reason, the task, the arrangement or the municipality; one-based page. Without any of these the queue shows the
/// arrangements that have suggestions, to review one by one.
/// </summary>
public sealed record TaskSuggestionFilter(
    int? ArrangementId = null, int? TaskId = null, string? MunicipalityCode = null, string? Word = null, int Page = 1)
{
    public bool IsEmpty => ArrangementId is null && TaskId is null && string.IsNullOrWhiteSpace(MunicipalityCode) && string.IsNullOrWhiteSpace(Word);
}
