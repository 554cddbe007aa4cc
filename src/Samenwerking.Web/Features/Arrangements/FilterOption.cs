namespace Samenwerking.Web.Features.Arrangements;

/// <summary>A value a filter can take (a code) and what the user reads.</summary>
public sealed record FilterOption(string Code, string Name);
