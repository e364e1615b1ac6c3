// The coaches' and maintainers' command line: one verb per feature folder, all on one System.CommandLine parser.
return SkillGap.Cli.CommandLine.Run(args);
