namespace SkillGap.Core.Skills.Disambiguation;

/// <summary>
/// Unambiguous technical words whose presence near a mention suggests a technical reading.
/// Ambiguous aliases (go, chef, shell...) are left out on purpose: "salt" in "salt and pepper" must not count.
/// </summary>
public static class TechTerms
{
    public static IReadOnlyList<string> Default { get; } =
    [
        "agent", "agents", "ansible", "api", "apis", "app", "apps", "argocd", "artifacts", "automation", "aws",
        "azure", "backend", "backups", "bgp", "bicep", "binaries", "build", "builds", "ceph", "charts",
        "ci", "cicd", "circleci", "cli", "cloud", "cloudformation", "cluster", "clusters", "codebase", "config",
        "configuration", "container", "containerd", "containers", "cookbooks", "cron", "crossplane", "dashboards",
        "database", "databases", "datadog", "dataframes", "debian", "deploy", "deployed", "deployment", "deployments",
        "devops", "devsecops", "dns", "dockerfile", "dsl", "ec2", "ecs", "eks", "elasticsearch", "endpoints",
        "environments", "frontend", "functions", "gcp", "gem", "gems", "git", "github", "gitlab", "gitops", "gke",
        "golang", "grafana", "grpc", "haproxy", "hashicorp", "hosts", "hypervisors", "iac", "iam", "images",
        "infrastructure", "ingress", "instances", "istio", "java", "javascript", "jira", "json", "k8s", "kernel",
        "kibana", "kotlin", "kubectl", "kubernetes", "kustomize", "latency", "libraries", "library",
        "linkerd", "linux", "logstash", "manifests", "microservice", "microservices", "middleware", "modules",
        "mongodb", "monolith", "mysql", "nagios", "namespaces", "nginx", "nodejs", "nodes", "npm", "observability",
        "openshift", "openstack", "opentelemetry", "operators", "orchestration", "packages", "pipeline", "pipelines",
        "playbooks", "plugins", "podman", "pods", "policies", "postgres", "postgresql", "powershell", "prometheus",
        "provisioning", "proxies", "proxmox", "pulumi", "python", "queries", "rabbitmq", "recipes", "redis",
        "releases", "replicas", "repo", "repos", "repository", "rhel", "rollouts", "runbooks", "runners", "s3",
        "schemas", "scripting", "scripts", "sdk", "secrets", "server", "servers", "sidecar", "sidecars", "splunk",
        "sql", "sre", "staging", "states", "systemd", "teamcity", "templates", "terraform", "tests", "tls", "tooling",
        "typescript", "ubuntu", "unix", "vagrant", "vms", "vmware", "vpc", "vpn", "workers", "workflows", "xml",
        "yaml", "zabbix",
    ];

    /// <summary>
    /// The default terms plus a taxonomy's single-word aliases, leaving out any word that is also an ambiguous
    /// alias (so "Docker images" cannot make "docker" count as technical beside "Docker at the Port of Tilbury").
    /// </summary>
    public static IReadOnlyList<string> WithTaxonomy(IEnumerable<string> aliases, IEnumerable<string> ambiguousAliases)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        ArgumentNullException.ThrowIfNull(ambiguousAliases);
        var ambiguous = ambiguousAliases.Select(alias => alias.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return [.. Default
            .Concat(aliases.Select(alias => alias.Trim().ToLowerInvariant()))
            .Where(term => term.Length > 0 && term.All(char.IsLetterOrDigit) && !ambiguous.Contains(term))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Words that look technical whatever they are: letters mixed with digits (k8s, ec2) or an inner capital (GitHub, DevOps).</summary>
    internal static bool IsTechShaped(string word)
    {
        var hasLetter = word.Any(char.IsLetter);
        var hasDigit = word.Any(char.IsDigit);
        if (hasLetter && hasDigit)
        {
            return true;
        }

        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1]))
            {
                return true;
            }
        }

        return false;
    }
}
