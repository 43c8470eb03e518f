import { exampleSuite } from "./suite.js";

exampleSuite("java");
