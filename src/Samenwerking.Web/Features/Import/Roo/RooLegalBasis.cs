namespace Samenwerking.Web.Features.Import.Roo;

public sealed record RooLegalBasis(string Title, string? Url);
