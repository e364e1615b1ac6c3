namespace SkillGap.Core.Catalogs;

/// <summary>A data file is malformed; the message names the file and the entry. Start-up stops on it.</summary>
public sealed class CatalogException(string message, Exception? inner = null) : Exception(message, inner);
