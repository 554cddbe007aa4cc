namespace Samenwerking.Web.Domain;

public sealed record FieldChange(string Field, string? From, string? To);
