namespace Samenwerking.Web.Features.Arrangements;

/// <summary>A municipality that merged: when it ceased to exist and which municipality succeeded it.</summary>
public sealed record FormerMunicipalityItem(string Code, string Name, DateOnly? ValidTo, string? SuccessorCode, string? SuccessorName);
