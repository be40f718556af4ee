#!/usr/bin/env python3
"""Writes the no-op benchmark's Maven project: COUNT copies of a contract, each with its own title and
file name (service001.yaml ...), and a pom that runs only contractgen's generate goal.

usage: noop_project.py <template contract> <project dir> <count> <contractgen version>
"""
import pathlib
import re
import sys

template, project, count, version = sys.argv[1], pathlib.Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
text = pathlib.Path(template).read_text(encoding="utf-8")
contracts = project / "src" / "main" / "contracts"
contracts.mkdir(parents=True, exist_ok=True)
for i in range(1, count + 1):
    body = re.sub(r"(?m)^  title: .*$", f"  title: Service {i:03d}", text, count=1)
    (contracts / f"service{i:03d}.yaml").write_text(body, encoding="utf-8")

(project / "pom.xml").write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench.noop</groupId>
  <artifactId>noop</artifactId>
  <version>1</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <build>
    <plugins>
      <plugin>
        <groupId>io.github.contractgen</groupId>
        <artifactId>contractgen-maven-plugin</artifactId>
        <version>{version}</version>
        <executions>
          <execution>
            <goals><goal>generate</goal></goals>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
""", encoding="utf-8")
print(f"wrote {count} contracts and pom.xml to {project}")
