namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>What the model file holds besides ML.NET's model: how it was trained and the extractor's technical terms.</summary>
internal sealed record DisambiguationModelManifest(int Seed, DisambiguationTrainingOptions Options, IReadOnlyList<string> TechTerms);
