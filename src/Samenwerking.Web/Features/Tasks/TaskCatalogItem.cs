namespace Samenwerking.Web.Features.Tasks;

/// <summary>A task of the catalog with its BBV taakveld and the laws that give it.</summary>
public sealed record TaskCatalogItem(
    int Id,
    string? Code,
    string Name,
    string Taakveld,
    string PolicyAreaCode,
    string PolicyArea,
    string? Description,
    string? LegalBasis);
